// WEFT0008: a block-bodied factory copies the captured prototype into its own local and returns that local: still the
// one captured instance. #escape: the report may sit on the return or on the Initialize call.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.FactoryReturnsAliasLocal;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateWindow
{
    public List<long> Stamps { get; } = new();
}

public static class Startup
{
    public static void Configure(WorkerPool pool)
    {
        var prototype = new RateWindow();
        RateWindow.Initialize(pool, dispatcher => // expect: WEFT0008 #escape
        {
            var window = prototype;
            return window; // expect: WEFT0008 #escape
        });
    }
}
