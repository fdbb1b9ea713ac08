using System;

namespace Weft.Net;

/// <summary>
/// Gives each connection to the worker with the fewest active connections (Envoy's exact balance). The count
/// includes connections still in hand-off, so a burst of accepts spreads before any worker has started one. Ties
/// go to the first candidate after the one picked last, so an idle pool fills its workers in turn.
/// </summary>
public sealed class FewestConnectionsBalancer : IConnectionBalancer
{
    private int _lastWorkerIndex = -1;

    /// <inheritdoc />
    public int Pick(ReadOnlySpan<WorkerLoad> candidates)
    {
        int start = RoundRobinBalancer.FirstAfter(candidates, _lastWorkerIndex);
        int best = start;
        for (int step = 1; step < candidates.Length; step++)
        {
            int i = (start + step) % candidates.Length;
            if (candidates[i].ActiveConnections < candidates[best].ActiveConnections)
            {
                best = i;
            }
        }

        _lastWorkerIndex = candidates[best].WorkerIndex;
        return best;
    }
}
