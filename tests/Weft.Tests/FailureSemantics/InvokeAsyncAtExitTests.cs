using System;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Tests.FailureSemantics;

/// <summary>An <see cref="Dispatcher.InvokeAsync{T}(Func{T})"/> whose call the loop discards at exit still completes: its caller never waits for ever.</summary>
public sealed class InvokeAsyncAtExitTests
{
    [Fact]
    public async Task An_InvokeAsync_discarded_at_exit_faults_naming_the_dispatcher_and_is_counted()
    {
        using var loop = new Dispatcher("discarding", new DispatcherOptions { QueuedWorkAtExit = QueuedWorkAtExit.Discard });
        int ran = 0;
        Task<int> invoked = loop.InvokeAsync(() => ++ran);
        Task action = loop.InvokeAsync(() => { ran++; });
        loop.Exit();

        Assert.False(loop.RunOnce());

        ObjectDisposedException error = await Assert.ThrowsAsync<ObjectDisposedException>(() => invoked.WaitAsync(TestWait.Timeout));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => action.WaitAsync(TestWait.Timeout));
        Assert.Equal("discarding", error.ObjectName);
        Assert.Contains("Dispatcher 'discarding' exited before it ran the call", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, ran);
        Assert.Equal(2, loop.Stats.DiscardedAtExit);
    }

    [Fact]
    public async Task An_InvokeAsync_queued_before_exit_runs_when_the_loop_drains()
    {
        using var loop = new Dispatcher("draining");
        Task<int> invoked = loop.InvokeAsync(() => 42);
        loop.Exit();

        Assert.False(loop.RunOnce());

        Assert.Equal(42, await invoked.WaitAsync(TestWait.Timeout));
    }
}
