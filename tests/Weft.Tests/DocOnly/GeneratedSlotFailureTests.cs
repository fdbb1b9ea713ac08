using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

/// <summary>A per-worker slot type for the generated-API failure tests.</summary>
[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DocOnlyTally
{
    public DocOnlyTally(string owner) => Owner = owner;

    /// <summary>The thread that built this instance.</summary>
    public string Owner { get; }

    /// <summary>What <see cref="Add"/> summed on this thread.</summary>
    public int Total { get; private set; }

    [WorkerUpdate]
    private void Add(int amount)
    {
        if (Owner.EndsWith("-worker-1", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Add refused on " + Owner);
        }

        Total += amount;
    }
}

// The generated members are documented by GeneratedSlot<T>: Current "Off a pool thread, or before a value was set on
// this thread" throws InvalidOperationException; InitializeAsync and <Method>OnAllWorkersAsync forward to the slot verbs,
// so they fail as docs/failure-semantics.md "Slot verbs" says.
public sealed class GeneratedSlotFailureTests
{
    [Fact]
    public async Task InitializeAsync_whose_factory_throws_on_main_faults_at_once_and_no_thread_gets_an_instance()
    {
        var options = Options("dq-geninit", 2);
        options.BroadcastTimeout = Timeout.InfiniteTimeSpan;
        await using var pool = WorkerPool.Start(options);
        var main = pool.Main;
        var built = 0;

        var fault = await FaultOf<AggregateException>(
            DocOnlyTally.InitializeAsync(pool, d =>
            {
                Interlocked.Increment(ref built);
                return d == main ? throw new InvalidOperationException("no tally on main") : new DocOnlyTally(d.Name);
            }),
            "InitializeAsync whose factory threw on main (BroadcastTimeout is infinite)");

        Assert.Contains(main.Name, fault.Message, StringComparison.Ordinal);
        Assert.Equal(1, Volatile.Read(ref built));
        foreach (var worker in pool.Workers)
        {
            Assert.False(await worker.InvokeAsync(() => DocOnlyTally.TryGetCurrent(out _)), $"{worker.Name} holds an instance of an abandoned Initialize");
            var current = await Within(worker.InvokeAsync(() => Record.Exception(() => DocOnlyTally.Current)), $"reading Current on {worker.Name}");
            var refused = Assert.IsType<InvalidOperationException>(current);
            Assert.Contains(nameof(DocOnlyTally), refused.Message, StringComparison.Ordinal);
        }

#pragma warning disable WEFT0005 // deliberate: Current read off every pool thread must throw, not answer
        var offPool = Record.Exception(() => DocOnlyTally.Current);
#pragma warning restore WEFT0005
        Assert.IsType<InvalidOperationException>(offPool);
    }

    [Fact]
    public async Task A_WorkerUpdate_that_throws_on_one_worker_faults_its_task_naming_that_worker_while_every_other_thread_applies_it()
    {
        await using var pool = WorkerPool.Start(Options("dq-genupd", 3));
        await Within(DocOnlyTally.InitializeAsync(pool, d => new DocOnlyTally(d.Name)), "every thread to build its tally");

        var fault = await FaultOf<AggregateException>(DocOnlyTally.AddOnAllWorkersAsync(pool, 5), "AddOnAllWorkersAsync with worker-1 throwing");

        Assert.Contains("dq-genupd-worker-1", fault.Message, StringComparison.Ordinal);
        Assert.Equal("dq-genupd-worker-1", Assert.Single(fault.InnerExceptions).Data["Weft.Dispatcher"]);
        foreach (var thread in new[] { pool.Main, pool.Workers[0], pool.Workers[1], pool.Workers[2] })
        {
            var total = await Within(thread.InvokeAsync(() => DocOnlyTally.Current.Total), $"reading the tally on {thread.Name}");
            Assert.Equal(thread.Name.EndsWith("-worker-1", StringComparison.Ordinal) ? 0 : 5, total);
        }
    }
}
