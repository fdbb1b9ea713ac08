using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Tests.DocContract;

/// <summary>A shared snapshot type as a user writes it, read before it is published.</summary>
[ThreadLocalSlot]
public sealed partial record UnpublishedRoutes(int Version);

/// <summary>A per-worker type as a user writes it, read before it is initialized.</summary>
[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UninitializedCounters
{
    public int Hits { get; set; }
}

/// <summary>
/// Design "The user's code": a generated <c>Current</c> read where it holds nothing throws an
/// <see cref="InvalidOperationException"/> that names the type, the thread, and what to do, for each way it happens.
/// </summary>
public sealed class GeneratedCurrentErrorTests
{
    private const string OffPoolAdvice =
        "(Current is read on the pool's main or worker dispatchers, not in Task.Run, the thread pool or after ConfigureAwait(false))";

    // The misuse WEFT0005 reports (Current read on a thread of no pool) is the point of the two tests below: what the
    // runtime says when it happens anyway.
#pragma warning disable WEFT0005
    [Fact]
    public void Current_off_the_pool_names_the_type_and_the_thread()
    {
        string message = MessageOnAThreadOfItsOwn("outsider", static () => _ = UnpublishedRoutes.Current);

        Assert.Equal($"Weft.Tests.DocContract.UnpublishedRoutes.Current is not available: thread 'outsider' is not a thread of a worker pool {OffPoolAdvice}.", message);
    }

    [Fact]
    public void Current_on_an_unnamed_thread_off_the_pool_names_it_by_its_managed_id()
    {
        int id = 0;
        string message = MessageOnAThreadOfItsOwn(null, () =>
        {
            id = Environment.CurrentManagedThreadId;
            _ = UninitializedCounters.Current;
        });

        Assert.Equal($"Weft.Tests.DocContract.UninitializedCounters.Current is not available: thread '#{id}' is not a thread of a worker pool {OffPoolAdvice}.", message);
    }

#pragma warning restore WEFT0005

    [Fact]
    public async Task A_per_worker_Current_read_before_Initialize_names_the_dispatcher_and_says_to_call_Initialize()
    {
        await using var pool = new ReportingPool(1);
        Dispatcher worker = pool.Workers[0];

        string message = await Bounded.Within(worker.InvokeAsync(static () => Record.Exception(static () => _ = UninitializedCounters.Current)!.Message), "reading Current on the worker");

        Assert.Equal(
            $"Weft.Tests.DocContract.UninitializedCounters.Current is not available: no value was set on dispatcher '{worker.Name}' yet " +
            "(call Weft.Tests.DocContract.UninitializedCounters.Initialize first; workers see it once main has posted it to them).",
            message);
    }

    [Fact]
    public async Task A_shared_Current_read_before_PublishAsync_names_the_dispatcher_and_says_to_call_PublishAsync()
    {
        await using var pool = new ReportingPool(1);

        string message = await Bounded.Within(pool.Main.InvokeAsync(static () => Record.Exception(static () => _ = UnpublishedRoutes.Current)!.Message), "reading Current on main");

        Assert.Equal(
            $"Weft.Tests.DocContract.UnpublishedRoutes.Current is not available: no value was set on dispatcher '{pool.Main.Name}' yet " +
            "(call Weft.Tests.DocContract.UnpublishedRoutes.PublishAsync first; workers see it once main has posted it to them).",
            message);
    }

    [Fact]
    public void A_generated_verb_given_no_pool_throws_ArgumentNullException_naming_it()
    {
        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => { _ = UnpublishedRoutes.PublishAsync(null!, new UnpublishedRoutes(1)); });

        Assert.Equal("pool", error.ParamName);
    }

    [Fact]
    public async Task Disposing_a_generated_types_slot_clears_Current_on_every_thread()
    {
        await using var pool = new ReportingPool(2);
        await Bounded.Within(UnpublishedRoutes.PublishAsync(pool.Pool, new UnpublishedRoutes(7)), "publishing the routes");
        Slot<UnpublishedRoutes> slot = GeneratedSlot<UnpublishedRoutes>.For(pool.Pool);

        await Bounded.Within(pool.Main.InvokeAsync(slot.Dispose), "disposing the slot on main");

        foreach (Dispatcher thread in pool.AllThreads)
        {
            bool holds = await Bounded.Within(thread.InvokeAsync(static () => UnpublishedRoutes.TryGetCurrent(out _)), $"reading on {thread.Name}");
            Assert.False(holds, $"{thread.Name} still reads the disposed slot's value through Current");
        }
    }

    private static string MessageOnAThreadOfItsOwn(string? name, Action read)
    {
        Exception? seen = null;
        var thread = new Thread(() => seen = Record.Exception(read));
        if (name is not null)
        {
            thread.Name = name;
        }

        thread.Start();
        Assert.True(thread.Join(TestWait.Timeout), "the reading thread did not finish");
        return Assert.IsType<InvalidOperationException>(seen).Message;
    }
}
