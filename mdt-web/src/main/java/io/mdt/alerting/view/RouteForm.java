package io.mdt.alerting.view;

import java.io.Serializable;

/** The new route's fields; empty durations take Alertmanager's defaults. */
public class RouteForm implements Serializable {

    private String channel;
    private String matchers;
    private String groupBy;
    private String groupWait;
    private String groupInterval;
    private String repeatInterval;
    private boolean continueMatching;

    void clear() {
        matchers = null;
        groupBy = null;
        groupWait = null;
        groupInterval = null;
        repeatInterval = null;
        continueMatching = false;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getMatchers() {
        return matchers;
    }

    public void setMatchers(String matchers) {
        this.matchers = matchers;
    }

    public String getGroupBy() {
        return groupBy;
    }

    public void setGroupBy(String groupBy) {
        this.groupBy = groupBy;
    }

    public String getGroupWait() {
        return groupWait;
    }

    public void setGroupWait(String groupWait) {
        this.groupWait = groupWait;
    }

    public String getGroupInterval() {
        return groupInterval;
    }

    public void setGroupInterval(String groupInterval) {
        this.groupInterval = groupInterval;
    }

    public String getRepeatInterval() {
        return repeatInterval;
    }

    public void setRepeatInterval(String repeatInterval) {
        this.repeatInterval = repeatInterval;
    }

    public boolean isContinueMatching() {
        return continueMatching;
    }

    public void setContinueMatching(boolean continueMatching) {
        this.continueMatching = continueMatching;
    }
}
