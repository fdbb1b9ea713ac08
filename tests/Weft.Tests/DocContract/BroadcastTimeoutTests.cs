using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Tests.Slots;
using Weft.Threading;

namespace Weft.Tests.DocContract;

/// <summary>
/// <see cref="WorkerPoolOptions.BroadcastTimeout"/> and the Task forms of <see cref="Slot{T}"/>: a timeout faults with a
/// <see cref="TimeoutException"/> naming every thread that has not run the change, main included.
/// </summary>
public sealed class BroadcastTimeoutTests
{
    private static readonly TimeSpan ShortBroadcastTimeout = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task RunOnAllThreadsAsync_past_the_timeout_names_the_worker_that_has_not_run_it()
    {
        await using var pool = new ReportingPool(2, o => o.BroadcastTimeout = ShortBroadcastTimeout);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        await slot.SetEverywhereAsync(static d => d.Name); // not SetAsync: the pool's timeout is short on purpose
        using var gate = new LoopGate();
        Dispatcher stuck = pool.Workers[0];
        stuck.Post(gate.Block);
        await Bounded.Within(gate.Entered, "worker 0 blocks in the gate");
        string? running = stuck.RunningCallbackDescription;

        var timeout = await Bounded.Faults<TimeoutException>(slot.RunOnAllThreadsAsync(static _ => { }), "RunOnAllThreadsAsync with worker 0 blocked");

        Assert.Contains(stuck.Name, timeout.Message, StringComparison.Ordinal);
        Assert.NotNull(running);
        Assert.Contains(running, timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_past_the_timeout_names_every_blocked_worker()
    {
        await using var pool = new ReportingPool(3, o => o.BroadcastTimeout = ShortBroadcastTimeout);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        using var gate = new LoopGate();
        using var secondGate = new LoopGate();
        pool.Workers[0].Post(gate.Block);
        pool.Workers[2].Post(secondGate.Block);
        await Bounded.Within(Task.WhenAll(gate.Entered, secondGate.Entered), "workers 0 and 2 block in their gates");

        var timeout = await Bounded.Faults<TimeoutException>(slot.PublishAsync("v"), "PublishAsync with workers 0 and 2 blocked");

        Assert.Contains(pool.Workers[0].Name, timeout.Message, StringComparison.Ordinal);
        Assert.Contains(pool.Workers[2].Name, timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetAsync_past_the_timeout_with_main_blocked_names_main_and_every_worker()
    {
        await using var pool = new ReportingPool(2, o => o.BroadcastTimeout = ShortBroadcastTimeout);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        using var gate = new LoopGate();
        pool.Main.Post(gate.Block);
        await Bounded.Within(gate.Entered, "main blocks in the gate");

        var timeout = await Bounded.Faults<TimeoutException>(slot.SetAsync(static _ => "v"), "SetAsync with main blocked");

        Assert.All(pool.AllThreads, thread => Assert.Contains(thread.Name, timeout.Message, StringComparison.Ordinal));
    }
}
