// Twin: the config is read on the worker and passed to the thread's constructor state.
using System.Threading;
using Weft;

namespace Corpus.CurrentOffPool.R8.InstanceMethodGroupToThreadQuiet;

[ThreadLocalSlot]
public sealed partial class MetricsConfig
{
    public int FlushSeconds { get; init; }
}

public sealed class Flusher
{
    public int Seconds;

    private void Loop(object? seconds) => Seconds = (int)seconds!;

    public void Start()
    {
        int seconds = MetricsConfig.TryGetCurrent(out var config) ? config.FlushSeconds : 10;
        new Thread(Loop) { IsBackground = true }.Start(seconds);
    }
}
