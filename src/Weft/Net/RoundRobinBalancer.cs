using System;

namespace Weft.Net;

/// <summary>Gives connections to the workers in turn, whatever their load; a worker whose loop exited is skipped.</summary>
public sealed class RoundRobinBalancer : IConnectionBalancer
{
    private int _lastWorkerIndex = -1;

    /// <inheritdoc />
    public int Pick(ReadOnlySpan<WorkerLoad> candidates)
    {
        int next = FirstAfter(candidates, _lastWorkerIndex);
        _lastWorkerIndex = candidates[next].WorkerIndex;
        return next;
    }

    // The first candidate whose worker comes after lastWorkerIndex, wrapping round: stable when a worker drops out.
    internal static int FirstAfter(ReadOnlySpan<WorkerLoad> candidates, int lastWorkerIndex)
    {
        for (int i = 0; i < candidates.Length; i++)
        {
            if (candidates[i].WorkerIndex > lastWorkerIndex)
            {
                return i;
            }
        }

        return 0;
    }
}
