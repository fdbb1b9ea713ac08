// WEFT0005: an instance method that reads TryGetCurrent handed to new Thread as a method group.
// Reported at the read inside the method or at the hand-over: #escape.
using System.Threading;
using Weft;

namespace Corpus.CurrentOffPool.R8.InstanceMethodGroupToThread;

[ThreadLocalSlot]
public sealed partial class MetricsConfig
{
    public int FlushSeconds { get; init; }
}

public sealed class Flusher
{
    public int Seconds;

    private void Loop()
    {
        if (MetricsConfig.TryGetCurrent(out var config)) // expect: WEFT0005 #escape
        {
            Seconds = config.FlushSeconds;
        }
    }

    public void Start() => new Thread(Loop) { IsBackground = true }.Start(); // expect: WEFT0005 #escape
}
