// Quiet twin of LoadReporter: Start arms a loop timer on the calling worker's dispatcher (Dispatcher.Current's
// CreateTimer, whose callback runs on that loop), so the stored lambda reads Thresholds.Current on the worker.
using System;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus.CurrentOffPool.R14.LoadReporterQuiet;

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
    private DispatcherTimer? _timer;
    private bool _shedding;
    private int _transitions;

    public LoadReporter(Func<int> queueDepth)
    {
        _queueDepth = queueDepth;
        _sample = () =>
        {
            var limits = Thresholds.Current;
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
        _timer = Dispatcher.Current!.CreateTimer(() =>
        {
            _sample();
            _timer?.Enable(_period);
        });
        _timer.Enable(_period);
    }

    public void Dispose() => _timer?.Dispose();
}
