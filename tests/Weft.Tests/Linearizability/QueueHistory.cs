using System;
using System.Collections.Generic;
using System.Linq;

namespace Weft.Tests.Linearizability;

/// <summary>A sequential FIFO queue's rules applied to a recorded history of a single consumer's dequeues.</summary>
internal static class QueueHistory
{
    /// <summary>Null when <paramref name="dequeued"/> is a linearizable FIFO history; otherwise the first violation.</summary>
    public static string? Check(IReadOnlyList<int> dequeued, long[] started, long[] finished, int total)
    {
        var seen = new bool[total];
        foreach (int id in dequeued)
        {
            if (seen[id])
            {
                return $"item {id} dequeued twice";
            }

            seen[id] = true;
        }

        int missing = Array.IndexOf(seen, false);
        if (missing >= 0)
        {
            return $"item {missing} never dequeued";
        }

        // Item B completed its enqueue before item A began its own, so a FIFO queue must hand out B first.
        var earliestFinishAfter = new long[dequeued.Count + 1];
        earliestFinishAfter[dequeued.Count] = long.MaxValue;
        for (int i = dequeued.Count - 1; i >= 0; i--)
        {
            earliestFinishAfter[i] = Math.Min(earliestFinishAfter[i + 1], finished[dequeued[i]]);
        }

        for (int i = 0; i < dequeued.Count; i++)
        {
            if (earliestFinishAfter[i + 1] < started[dequeued[i]])
            {
                int later = dequeued.Skip(i + 1).First(id => finished[id] == earliestFinishAfter[i + 1]);
                return $"item {dequeued[i]} came out before item {later}, whose enqueue had finished before {dequeued[i]}'s began";
            }
        }

        return null;
    }
}
