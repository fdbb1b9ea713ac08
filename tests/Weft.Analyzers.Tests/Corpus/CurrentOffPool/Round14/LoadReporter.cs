// A per-worker load reporter for a load-shedding proxy: every 100 ms it samples the worker's queue depth against the
// shedding thresholds published to every worker and records whether the worker should shed. The sampling lambda is
// built in the constructor and kept in a field; Start hands it to a System.Threading.Timer, whose callback runs on a
// pool thread, where the lambda's read of Thresholds.Current is WEFT0005 (the page: a lambda run through a variable
// in code on another thread is reported at its read of Current when it lies in the same file). The quiet twin arms
// a loop timer on the worker's own dispatcher.
using System;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus.CurrentOffPool.R14.LoadReporterDefect;

[ThreadLocalSlot]
public sealed partial class Thresholds
{
    public int ShedAboveQueueDepth { get; init; } = 1000;
    public int RecoverBelowQueueDepth { get; init; } = 200;
}

public sealed class LoadReporter : IDisposable
{
    private readonly Func<int> _queueDepth;
    private readonly Action _sample;
    private readonly TimeSpan _period = TimeSpan.FromMilliseconds(100);
    private Timer? _timer;
    private bool _shedding;
    private int _transitions;

    public LoadReporter(Func<int> queueDepth)
    {
        _queueDepth = queueDepth;
        _sample = () =>
        {
            var limits = Thresholds.Current; // expect: WEFT0005 "Thresholds"
            int depth = _queueDepth();
            bool shed = _shedding ? depth > limits.RecoverBelowQueueDepth : depth > limits.ShedAboveQueueDepth;
            if (shed != _shedding)
            {
                _shedding = shed;
                Interlocked.Increment(ref _transitions);
            }
        };
    }

    public bool Shedding => _shedding;

    public int Transitions => Volatile.Read(ref _transitions);

    public void Start()
    {
        _timer?.Dispose();
        _timer = new Timer(_ => _sample(), null, _period, _period);
    }

    public void Dispose() => _timer?.Dispose();
}
