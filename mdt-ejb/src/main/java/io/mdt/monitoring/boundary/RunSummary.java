package io.mdt.monitoring.boundary;

import io.mdt.monitoring.entity.EvaluationRun;
import io.mdt.monitoring.entity.RunStatus;
import java.io.Serializable;
import java.time.Instant;

/** An evaluation run as clients read it, without its column results. */
public record RunSummary(
        long id,
        long monitorId,
        long windowIndex,
        Instant windowStart,
        Instant windowEnd,
        RunStatus status,
        String reason,
        Long referenceId,
        Long currentRows,
        Long referenceRows,
        Integer drifted,
        Integer total,
        Double share,
        Boolean datasetDrift,
        Boolean predictionDrift,
        Boolean targetDrift,
        Long durationMillis,
        Instant queued,
        Instant finished,
        Boolean degraded,
        Long labelledRows)
        implements Serializable {

    static RunSummary of(EvaluationRun run) {
        return new RunSummary(
                run.getId(),
                run.getMonitor().getId(),
                run.getWindowIndex(),
                run.getWindowStart(),
                run.getWindowEnd(),
                run.getStatus(),
                run.getReason(),
                run.getReferenceId(),
                run.getCurrentRows(),
                run.getReferenceRows(),
                run.getDrifted(),
                run.getTotal(),
                run.getShare(),
                run.getDatasetDrift(),
                run.getPredictionDrift(),
                run.getTargetDrift(),
                run.getDurationMillis(),
                run.getQueued(),
                run.getFinished(),
                run.getDegraded(),
                run.getLabelledRows());
    }
}
