using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

// Seeded and replayable (the seed is in every failure message): random subsets of throwing threads, and a worker
// added at a random point of a stream of changes.
public sealed class SeededFailureTests
{
    private sealed record Versioned(int Version);

    // "Task forms fault with an AggregateException whose message names each thread where the step threw, in thread
    // order (main first); its inner exceptions are the thrown ones, each with Data["Weft.Dispatcher"] = that thread."
    [Theory]
    [InlineData(11)]
    [InlineData(29)]
    [InlineData(47)]
    public async Task Random_throwing_subsets_including_a_late_worker_are_named_exactly_and_in_thread_order(int seed)
    {
        var random = new Random(seed);
        await using var pool = WorkerPool.Start(Options("dq-seed", 3));
        await Within(pool.AddWorkerAsync(), $"seed {seed}: adding a late worker");
        var threads = new[] { pool.Main }.Concat(pool.Workers).Select(d => d.Name).ToArray();
        var slot = pool.AllocateSlot<string>();
        await Within(slot.SetAsync(d => d.Name), $"seed {seed}: the slot to be set");

        for (var iteration = 0; iteration < 20; iteration++)
        {
            var throwing = threads.Where(_ => random.Next(3) == 0).ToHashSet();
            var context = $"seed {seed}, iteration {iteration}, throwing on [{string.Join(", ", throwing)}]";
            var task = slot.RunOnAllThreadsAsync(value =>
            {
                if (throwing.Contains(value))
                {
                    throw new InvalidOperationException("failed on " + value);
                }
            });
            if (throwing.Count == 0)
            {
                await Within(task, context);
                continue;
            }

            var fault = await FaultOf<AggregateException>(task, context);
            var expected = threads.Where(throwing.Contains).ToList();
            var named = fault.InnerExceptions.Select(e => e.Data["Weft.Dispatcher"] as string).ToList();
            Assert.True(expected.SequenceEqual(named), $"{context}: inner exceptions name [{string.Join(", ", named)}]");
            Assert.True(fault.InnerExceptions.Select(e => e.Message).SequenceEqual(expected.Select(n => "failed on " + n)), $"{context}: inner messages differ");
            var positions = expected.Select(n => fault.Message.IndexOf(n, StringComparison.Ordinal)).ToList();
            Assert.True(positions.All(p => p >= 0) && positions.SequenceEqual(positions.Order()), $"{context}: message does not name them in thread order: {fault.Message}");
        }
    }

    // WorkerPool.AddWorker: "Its registration runs on main, after which every live slot is replayed onto it … before
    // any later change reaches it." Sets issued from one thread reach main in order.
    [Theory]
    [InlineData(5)]
    [InlineData(17)]
    [InlineData(23)]
    public async Task A_worker_added_amid_a_stream_of_Sets_sees_versions_in_order_starting_no_earlier_than_when_it_was_added(int seed)
    {
        const int Versions = 30;
        var addAfter = new Random(seed).Next(1, Versions);
        await using var pool = WorkerPool.Start(Options("dq-stream", 2));
        var slot = pool.AllocateSlot<Versioned>();
        var seen = new ConcurrentQueue<(string Thread, int Version)>();
        Dispatcher? late = null;

        for (var version = 1; version <= Versions; version++)
        {
            var v = version;
            slot.Set(d =>
            {
                seen.Enqueue((d.Name, v));
                return new Versioned(v);
            });
            if (version == addAfter)
            {
                late = pool.AddWorker();
            }
        }

        await Within(slot.RunOnAllThreadsAsync(_ => { }), $"seed {seed}: a broadcast after every Set (barrier)");
        var context = $"seed {seed}, worker added after version {addAfter}";
        foreach (var thread in new[] { pool.Main }.Concat(pool.Workers))
        {
            var versions = seen.Where(s => s.Thread == thread.Name).Select(s => s.Version).ToList();
            Assert.True(versions.SequenceEqual(versions.Order()), $"{context}: {thread.Name} saw versions out of order: {string.Join(",", versions)}");
            var current = await Within(thread.InvokeAsync(() => slot.TryGet(out var value) ? value.Version : 0), $"{context}: reading {thread.Name}");
            Assert.True(current == Versions, $"{context}: {thread.Name} holds version {current}, not the last one");
        }

        var lateVersions = seen.Where(s => s.Thread == late!.Name).Select(s => s.Version).ToList();
        Assert.True(lateVersions.Count > 0 && lateVersions[0] >= addAfter, $"{context}: the late worker first saw version {lateVersions.FirstOrDefault()}");
    }

    // DispatcherSynchronizationContext: "an await inside a callback resumes on the same dispatcher" — also when the
    // awaited broadcast faults because of that very worker.
    [Fact]
    public async Task A_broadcast_awaited_on_a_worker_that_throws_in_it_resumes_on_that_worker_with_the_fault_naming_it()
    {
        await using var pool = WorkerPool.Start(Options("dq-awaitwk", 2));
        var slot = pool.AllocateSlot<string>();
        await Within(slot.SetAsync(d => d.Name), "the slot to be set");
        var worker = pool.Workers[1];

        var outcome = await Within(await Within(worker.InvokeAsync(() => BroadcastFromHere(slot, worker.Name)), "starting on the worker"), "the awaited broadcast");

        Assert.Equal(worker.Name, outcome.ResumedOn);
        var fault = Assert.IsType<AggregateException>(outcome.Fault);
        Assert.Equal(worker.Name, Assert.Single(fault.InnerExceptions).Data["Weft.Dispatcher"]);
    }

    private static async Task<(string? ResumedOn, Exception? Fault)> BroadcastFromHere(Slot<string> slot, string failOn)
    {
        try
        {
            await slot.RunOnAllThreadsAsync(v =>
            {
                if (v == failOn)
                {
                    throw new InvalidOperationException("failed on " + v);
                }
            });
            return (Dispatcher.Current?.Name, null);
        }
        catch (AggregateException e)
        {
            return (Dispatcher.Current?.Name, e);
        }
    }
}
