# Sourced by the bench scripts: creates an administrator's API key for this run, valid for a day,
# signing in as the first administrator (its password from $MDT_HOME/secrets, or MDT_ADMIN_PASSWORD),
# and exports it as MDT_API_KEY for the load generator.
admin_password="${MDT_ADMIN_PASSWORD:-$(cat "${MDT_HOME:-$HOME/.mdt}/secrets/initial-admin.password")}"
MDT_API_KEY=$(curl -sf -u "admin:$admin_password" -H 'Content-Type: application/json' \
  "http://localhost:${MDT_HTTP_PORT:-8080}/api/v1/api-keys" \
  -d "{\"name\": \"bench $(date -u +%FT%TZ) $$\", \"role\": \"mdt-admin\", \"expiresAt\": \"$(date -u -d '+1 day' +%FT%TZ)\"}" |
  sed -E 's/.*"secret":"([^"]+)".*/\1/')
export MDT_API_KEY
