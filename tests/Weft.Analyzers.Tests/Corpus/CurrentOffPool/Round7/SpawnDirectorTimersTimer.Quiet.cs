// Quiet twin of SpawnDirectorTimersTimer: the wave timer is a dispatcher timer on the worker's loop.
using System;
using System.Collections.Immutable;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.SpawnDirectorTimersTimer;

[ThreadLocalSlot]
public sealed partial class SpawnTable
{
    public ImmutableArray<string> Waves { get; init; } = ImmutableArray<string>.Empty;
    public double IntervalMs { get; init; } = 5000;
}

public sealed class SpawnDirector : IDisposable
{
    private readonly Action<string> _spawn;
    private DispatcherTimer? _timer;
    private int _wave;

    public SpawnDirector(Action<string> spawn) => _spawn = spawn;

    public void Start()
    {
        _timer = Dispatcher.Current!.CreateTimer(() =>
        {
            NextWave();
            _timer!.Enable(TimeSpan.FromSeconds(5));
        });
        _timer.Enable(TimeSpan.FromSeconds(5));
    }

    private void NextWave()
    {
        SpawnTable table = SpawnTable.Current;
        if (table.Waves.IsEmpty) return;
        _spawn(table.Waves[_wave++ % table.Waves.Length]);
    }

    public void Dispose() => _timer?.Dispose();
}
