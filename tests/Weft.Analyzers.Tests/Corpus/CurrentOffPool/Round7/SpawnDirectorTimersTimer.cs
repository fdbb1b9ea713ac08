// Game server spawn director: a System.Timers.Timer fires every few seconds and its Elapsed handler (a method group)
// reads the published spawn table to pick a wave. Elapsed runs on a pool thread. Reading taken: report at the
// handler's hookup, the handler or the read (#escape; the page does not say). Twin: a dispatcher timer of the
// worker calls the same method.
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
    private readonly System.Timers.Timer _timer = new(5000);
    private int _wave;

    public SpawnDirector(Action<string> spawn) => _spawn = spawn;

    public void Start()
    {
        _timer.Elapsed += OnElapsed; // expect: WEFT0005 #escape
        _timer.AutoReset = true;
        _timer.Start();
    }

    private void OnElapsed(object? sender, System.Timers.ElapsedEventArgs e) => NextWave(); // expect: WEFT0005 #escape

    private void NextWave()
    {
        SpawnTable table = SpawnTable.Current; // expect: WEFT0005 #escape
        if (table.Waves.IsEmpty) return;
        _spawn(table.Waves[_wave++ % table.Waves.Length]);
    }

    public void Dispose() => _timer.Dispose();
}
