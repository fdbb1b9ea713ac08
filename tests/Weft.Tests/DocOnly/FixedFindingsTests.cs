using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

/// <summary>Findings of the doc-only tests, fixed in f85f6de: each failed against the product before it.</summary>
public sealed class FixedFindings
{
    // QueuedWorkAtExit.Discard: "Do not run them; count them in DispatcherStats.DiscardedAtExit and log a warning."
    // Dispatcher remarks: a refused post "is never dropped silently"; so an InvokeAsync discarded at exit must not
    // leave its caller waiting for ever.
    [Fact]
    public async Task Work_discarded_at_exit_is_counted_and_logged_and_an_InvokeAsync_among_it_does_not_leave_its_caller_waiting()
    {
        var logs = new RecordingLoggerFactory();
        using var loop = new Dispatcher("doc-discard", new DispatcherOptions { QueuedWorkAtExit = QueuedWorkAtExit.Discard, Logger = logs.CreateLogger("doc") });
        var ran = 0;
        loop.Post(() => ran++);
        loop.Post(() => ran++);
        var invoked = loop.InvokeAsync(() => ++ran);
        loop.Exit();

        Assert.False(loop.RunOnce());

        Assert.Equal(0, ran);
        Assert.Equal(3, loop.Stats.DiscardedAtExit);
        Assert.NotEmpty(logs.At(LogLevel.Warning));
        await Within(invoked.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default), "the InvokeAsync discarded at exit to complete one way or another");
        Assert.False(invoked.IsCompletedSuccessfully, "a discarded InvokeAsync reported success");
        // Observed here: left unobserved, its fault would surface in whichever test next runs the finalizers.
        Assert.IsType<ObjectDisposedException>(invoked.Exception?.InnerException);
    }
}

/// <summary>A finding of the doc-only tests, fixed in f85f6de.</summary>
public sealed class FixedFindingsText
{
    // StatsSnapshot.ToText: "One line per stat: name{tag=value}: value". Tag values are free text (the Prometheus export
    // escapes a newline in them as \n).
    [Fact]
    public async Task ToText_writes_one_line_per_stat_even_when_a_tag_value_holds_a_line_break()
    {
        await using var pool = WorkerPool.Start(Options("dq-totext", 1));
        var counter = pool.Stats.Counter("doc.text.requests", new KeyValuePair<string, string>("path", "/a\n/b"));
        await Within(pool.Workers[0].InvokeAsync(() => counter.Increment()), "the increment");

        var text = (await Within(pool.Stats.FlushAsync(), "the flush")).ToText();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var line = Assert.Single(lines, l => l.Contains("doc.text.requests", StringComparison.Ordinal));
        Assert.True(line.EndsWith(": 1", StringComparison.Ordinal), $"the stat's line is cut by its tag value's line break:\n{text}");
    }
}
