// A reporter built on the worker over its Recent list; its Schedule arms a System.Threading.Timer whose callback
// posts the clear to the loop the reporter was built on.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.WorkerState.Round10.TimerInReporterClassQuiet;

public sealed class Reporter : IDisposable
{
    private readonly List<string> _recent;
    private readonly Dispatcher _home;
    private Timer? _timer;

    public Reporter(List<string> recent)
    {
        _recent = recent;
        _home = Dispatcher.Current!;
    }

    public void Schedule() =>
        _timer = new Timer(_ => _home.Post(() => _recent.Clear()), null, 1000, Timeout.Infinite);

    public void Dispose() => _timer?.Dispose();
}

public static class Reports
{
    public static Reporter Start()
    {
        var reporter = new Reporter(SessionCache.Current.Recent);
        reporter.Schedule();
        return reporter;
    }
}
