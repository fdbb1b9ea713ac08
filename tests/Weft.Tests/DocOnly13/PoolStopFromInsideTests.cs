using System;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Tests.DocOnly13;

/// <summary>Stopping a pool from one of its own threads, and a disposed slot read afterwards.</summary>
public sealed class PoolStopFromInsideTests
{
    // Doc (StopAsync): "Bounded by WorkerPoolOptions.ShutdownTimeout (plus at most two graces ...)"; "Idempotent: every
    // call returns the same task". Nothing restricts the calling thread (only Dispose refuses pool threads), so a
    // StopAsync started from main's or a worker's own callback must still complete, one way or the other, in bounded time.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task StopAsync_started_on_a_pool_thread_completes_within_its_deadline(bool fromMain)
    {
        var pool = SlotTests.StartPool(2, configure: o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        Dispatcher caller = fromMain ? pool.Main : pool.Workers[0];
        Task<Task> started = caller.InvokeAsync(() => pool.StopAsync());
        Task stop = await (await Kit13.Within(started, $"StopAsync to be called on {caller.Name}"));
        await Kit13.Within(stop, $"StopAsync called on {caller.Name} to complete");
        Assert.Same(stop, pool.StopAsync());
        Assert.True(pool.IsShutdown);
        await pool.DisposeAsync();
    }

    // Doc (Slot.Dispose): "Every thread's value is freed on that thread"; Get: "InvalidOperationException: ... no value
    // set here"; TryGet: "false when ... not set here".
    [Fact]
    public async Task A_disposed_slot_reads_as_unset_on_every_thread()
    {
        await using var pool = SlotTests.StartPool(2);
        Slot<string> slot = pool.AllocateSlot<string>();
        await Kit13.Within(slot.PublishAsync("x"), "the publish");
        await Kit13.Within(pool.Main.InvokeAsync(() => slot.Dispose()), "the slot's disposal on main");
        foreach (Dispatcher d in SlotTests.AllThreads(pool))
        {
            Task<(bool, Exception?)> read = d.InvokeAsync(() =>
            {
                bool got = slot.TryGet(out _);
                Exception? error = null;
                try { slot.Get(); } catch (Exception e) { error = e; }
                return (got, error);
            });
            var (got, error) = await (await Kit13.Within(read, $"a read of the disposed slot on {d.Name}"));
            Assert.False(got, $"{d.Name} still holds a value of the disposed slot");
            Assert.IsType<InvalidOperationException>(error);
        }
    }
}
