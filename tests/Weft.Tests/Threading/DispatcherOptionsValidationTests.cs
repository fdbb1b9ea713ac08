using System;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>
/// <see cref="DispatcherOptions"/> as a dispatcher validates it: each refusal names the setting, carries the value
/// and says what is wrong; the smallest legal values are accepted.
/// </summary>
public sealed class DispatcherOptionsValidationTests
{
    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var options = new DispatcherOptions();

        Assert.Equal(1024, options.MaxCallbacksPerIteration);
        Assert.Equal(20, options.SpinCountBeforePark);
        Assert.Equal(QueuedWorkAtExit.Drain, options.QueuedWorkAtExit);
        Assert.Equal(DispatcherIoBackend.Automatic, options.IoBackend);
        Assert.Null(options.Logger);
        Assert.Null(options.UnhandledExceptionHandler);
    }

    [Fact]
    public void A_budget_under_one_callback_per_iteration_is_refused_with_its_value_and_the_rule()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            "MaxCallbacksPerIteration", () => new Dispatcher("budget", new DispatcherOptions { MaxCallbacksPerIteration = 0 }));

        Assert.Equal(0, error.ActualValue);
        Assert.Contains("Must be at least 1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_spin_count_is_refused_with_its_value_and_the_rule()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            "SpinCountBeforePark", () => new Dispatcher("spin", new DispatcherOptions { SpinCountBeforePark = -3 }));

        Assert.Equal(-3, error.ActualValue);
        Assert.Contains("Cannot be negative.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_backend_is_refused_by_name()
    {
        var unknown = (DispatcherIoBackend)99;

        var error = Assert.Throws<ArgumentOutOfRangeException>(
            "IoBackend", () => new Dispatcher("backend", new DispatcherOptions { IoBackend = unknown }));

        Assert.Equal(unknown, error.ActualValue);
        Assert.Contains("Not a known backend.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_smallest_legal_budget_and_spin_count_are_accepted_and_the_loop_runs_with_them()
    {
        var options = new DispatcherOptions { MaxCallbacksPerIteration = 1, SpinCountBeforePark = 0, IoBackend = DispatcherIoBackend.Portable };
        using var dispatcher = new Dispatcher("smallest", options);
        int ran = 0;
        dispatcher.Post(() => ran++);
        dispatcher.Post(() => ran++);

        Assert.True(dispatcher.RunOnce());
        Assert.Equal(1, ran);
        Assert.True(dispatcher.RunOnce());
        Assert.Equal(2, ran);
    }
}
