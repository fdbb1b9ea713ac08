// The snapshot is read on the caller and passed to the thread's method as its start argument.
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.ThreadContext.ThreadStart;

[ThreadLocalSlot]
public sealed partial class Targets
{
    public ImmutableArray<string> Urls { get; init; }
}

public static class Prober
{
    public static void Start() => new Thread(ProbeLoop) { IsBackground = true }.Start(Targets.Current);

    private static void ProbeLoop(object? state)
    {
        foreach (var url in ((Targets)state!).Urls)
        {
            System.Console.WriteLine(url);
        }
    }
}
