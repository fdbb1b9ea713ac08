using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Weft.Internal;
using Xunit.Abstractions;

namespace Weft.Tests.Linearizability;

/// <summary>
/// <see cref="MpscQueue{T}"/> under real producer threads and its one consumer, with yields injected between claiming
/// and writing a cell. The history is checked against a sequential FIFO queue: nothing lost or duplicated, and no
/// item dequeued before one whose enqueue had completed before its own enqueue began (real-time order).
/// </summary>
[Collection(nameof(YieldingHook))]
public sealed class MpscQueueLinearizabilityTests(ITestOutputHelper output)
{
    private const int Producers = 3;
    private const int ItemsPerProducer = 20_000;

    [Theory]
    [InlineData(101)]
    [InlineData(202)]
    [InlineData(303)]
    public void Concurrent_enqueues_and_dequeues_are_linearizable_as_a_fifo_queue(int seed)
    {
        output.WriteLine($"seed {seed}");
        // A small first ring, so bursts freeze it and link larger ones while producers are mid-write.
        var queue = new MpscQueue<Entry>(initialCapacity: 4);
        long clock = 0;
        var started = new long[Producers * ItemsPerProducer];
        var finished = new long[Producers * ItemsPerProducer];
        var dequeued = new List<int>(Producers * ItemsPerProducer);
        using var hook = new YieldingHook();
        Thread[] producers = Enumerable.Range(0, Producers).Select(p => new Thread(() =>
        {
            YieldingHook.OptIn(seed * 31 + p);
            for (int i = 0; i < ItemsPerProducer; i++)
            {
                int id = (p * ItemsPerProducer) + i;
                started[id] = Interlocked.Increment(ref clock);
                Assert.True(queue.TryEnqueue(new Entry(id)), "an open queue refused an item");
                finished[id] = Interlocked.Increment(ref clock);
            }

            YieldingHook.OptOut();
        })).ToArray();
        foreach (Thread producer in producers)
        {
            producer.Start();
        }

        DateTime deadline = DateTime.UtcNow + TestWait.Timeout;
        while (dequeued.Count < Producers * ItemsPerProducer)
        {
            if (queue.TryDequeue(out Entry entry))
            {
                dequeued.Add(entry.Id);
            }
            else if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"seed {seed}: only {dequeued.Count} of {Producers * ItemsPerProducer} items arrived within {TestWait.Timeout.TotalSeconds} s");
            }
            else
            {
                Thread.Yield();
            }
        }

        foreach (Thread producer in producers)
        {
            Assert.True(producer.Join(TestWait.Timeout), $"seed {seed}: a producer did not finish");
        }

        Assert.False(queue.TryDequeue(out _), $"seed {seed}: an item appeared beyond those enqueued");
        Assert.True(hook.YieldPoints >= Producers * ItemsPerProducer, $"seed {seed}: only {hook.YieldPoints} claims passed the yield hook");
        string? violation = QueueHistory.Check(dequeued, started, finished, Producers * ItemsPerProducer);
        Assert.True(violation is null, $"seed {seed}: {violation}");
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void Every_item_admitted_before_close_is_delivered_and_none_after(int seed)
    {
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var queue = new MpscQueue<Entry>(initialCapacity: 2);
        var admitted = new bool[Producers * ItemsPerProducer];
        using var hook = new YieldingHook();
        using var go = new ManualResetEventSlim();
        int closeAfter = random.Next(100, Producers * ItemsPerProducer / 2);
        int attempts = 0;
        Thread[] producers = Enumerable.Range(0, Producers).Select(p => new Thread(() =>
        {
            YieldingHook.OptIn(seed * 17 + p);
            go.Wait(TestWait.Timeout);
            for (int i = 0; i < ItemsPerProducer; i++)
            {
                int id = (p * ItemsPerProducer) + i;
                admitted[id] = queue.TryEnqueue(new Entry(id));
                if (Interlocked.Increment(ref attempts) == closeAfter)
                {
                    queue.Close();
                }
            }

            YieldingHook.OptOut();
        })).ToArray();
        foreach (Thread producer in producers)
        {
            producer.Start();
        }

        go.Set();
        var delivered = new bool[Producers * ItemsPerProducer];
        foreach (Thread producer in producers)
        {
            Assert.True(producer.Join(TestWait.Timeout), $"seed {seed}: a producer did not finish");
        }

        int count = 0;
        while (queue.TryDequeueWaitingForWriters(out Entry entry))
        {
            Assert.False(delivered[entry.Id], $"seed {seed}: item {entry.Id} delivered twice");
            delivered[entry.Id] = true;
            count++;
        }

        int lost = Enumerable.Range(0, admitted.Length).Count(i => admitted[i] && !delivered[i]);
        int phantom = Enumerable.Range(0, admitted.Length).Count(i => !admitted[i] && delivered[i]);
        Assert.True(lost == 0 && phantom == 0, $"seed {seed}: {lost} admitted items lost, {phantom} refused items delivered (of {count})");
        Assert.True(queue.IsClosed);
        Assert.False(queue.TryEnqueue(new Entry(-1)), $"seed {seed}: a closed queue admitted an item");
    }

    private readonly record struct Entry(int Id);
}

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
