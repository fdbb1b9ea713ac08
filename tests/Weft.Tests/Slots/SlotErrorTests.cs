using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;

namespace Weft.Tests.Slots;

/// <summary>
/// Each refusal names what was refused and why (found by mutation testing: deleting these checks, or emptying their
/// messages, left every other test green).
/// </summary>
public sealed class SlotErrorTests
{
    [Fact]
    public async Task Every_slot_verb_after_shutdown_throws_naming_the_verb()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1, ThreadNamePrefix = "down" });
        Slot<Box> slot = pool.AllocateSlot<Box>();
        await pool.StopAsync();

        AssertShutDown("set a slot", () => slot.Set(_ => new Box()));
        AssertShutDown("set a slot", () => slot.SetAsync(_ => new Box()));
        AssertShutDown("publish to a slot", () => slot.Publish(new Box(), () => { }));
        AssertShutDown("publish to a slot", () => slot.PublishAsync(new Box()));
        AssertShutDown("publish to a slot", () => slot.Publish(new Box()));
        AssertShutDown("run on all threads", () => slot.RunOnAllThreads(static (_, _) => { }, 0, () => { }));
        AssertShutDown("run on all threads", () => slot.RunOnAllThreadsAsync(static (_, _) => { }, 0));
        AssertShutDown("run on all threads", () => slot.RunOnAllThreads(static _ => { }));
        AssertShutDown("run on all threads", () => slot.RunOnAllThreads(static _ => { }, () => { }));
        AssertShutDown("run on all threads", () => slot.RunOnAllThreadsAsync(static _ => { }));

        static void AssertShutDown(string verb, Action call)
        {
            InvalidOperationException refused = Assert.Throws<InvalidOperationException>(call);
            Assert.Equal($"Cannot {verb}: the worker pool is shut down.", refused.Message);
        }
    }

    [Fact]
    public async Task Get_off_the_pool_names_the_calling_thread()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 0, ThreadNamePrefix = "own" });
        Slot<Box> slot = pool.AllocateSlot<Box>();
        await slot.SetAsync(_ => new Box());
        Exception? seen = null;
        // The misuse WEFT0005 reports is the point of this test: what the runtime says when it happens anyway.
#pragma warning disable WEFT0005
        var outsider = new Thread(() => seen = Record.Exception(() => slot.Get())) { Name = "outsider" };
#pragma warning restore WEFT0005
        outsider.Start();
        Assert.True(outsider.Join(TestWait.Timeout), "the outsider thread did not finish");

        Assert.IsType<InvalidOperationException>(seen);
        Assert.Contains("thread 'outsider' is not a thread of a worker pool", seen.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_on_another_pools_thread_names_that_dispatcher()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 0, ThreadNamePrefix = "own" });
        await using var other = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 0, ThreadNamePrefix = "other" });
        Slot<Box> slot = pool.AllocateSlot<Box>();
        await slot.SetAsync(_ => new Box());

        string message = await other.Main.InvokeAsync(() => Record.Exception(() => slot.Get())!.Message);

        Assert.Contains("dispatcher 'other-main' belongs to another worker pool", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_before_a_value_and_after_disposal_says_which()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 0, ThreadNamePrefix = "own" });
        Slot<Box> slot = pool.AllocateSlot<Box>();

        string beforeSet = await pool.Main.InvokeAsync(() => Record.Exception(() => slot.Get())!.Message);
        await slot.SetAsync(_ => new Box());
        string afterDispose = await pool.Main.InvokeAsync(() =>
        {
            slot.Dispose();
            return Record.Exception(() => slot.Get())!.Message;
        });

        Assert.Contains("no value was set on dispatcher 'own-main' yet", beforeSet, StringComparison.Ordinal);
        Assert.Contains("the slot was disposed", afterDispose, StringComparison.Ordinal);
        Assert.DoesNotContain("no value was set", afterDispose, StringComparison.Ordinal);
    }

    private sealed class Box;
}
