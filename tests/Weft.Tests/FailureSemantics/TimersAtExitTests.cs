using System;
using Weft.Threading;

namespace Weft.Tests.FailureSemantics;

/// <summary>
/// The exit does not wait for timers: one armed before the exit, or by a callback the exit drains, never fires and
/// reads <see cref="DispatcherTimer.IsEnabled"/> false afterwards; arming after the exit throws, naming the dispatcher.
/// </summary>
public sealed class TimersAtExitTests
{
    [Fact]
    public void Timers_armed_before_the_exit_or_during_its_drain_never_fire_and_read_disabled()
    {
        using var loop = new Dispatcher("timers-at-exit");
        int fired = 0;
        DispatcherTimer? before = null;
        DispatcherTimer? duringDrain = null;
        loop.Post(() =>
        {
            before = loop.CreateTimer(() => fired++);
            before.Enable(TimeSpan.Zero);
        });
        Assert.True(loop.RunOnce());
        Assert.True(before!.IsEnabled, "armed with zero delay: due on the next iteration");

        loop.Post(() =>
        {
            duringDrain = loop.CreateTimer(() => fired++);
            duringDrain.Enable(TimeSpan.Zero);
        });
        loop.Exit();
        Assert.False(loop.RunOnce());

        Assert.NotNull(duringDrain);
        Assert.Equal(0, fired);
        Assert.False(before.IsEnabled, "a timer pending at exit reads disabled");
        Assert.False(duringDrain!.IsEnabled, "a timer armed during the drain reads disabled");

        var error = Assert.Throws<ObjectDisposedException>(() => before.Enable(TimeSpan.Zero));
        Assert.Equal("timers-at-exit", error.ObjectName);
    }
}
