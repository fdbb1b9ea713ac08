using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.R9.InterfaceEnricher;

public static class Reloader
{
    public static void Reload(Slot<List<string>> slot, string[] lines)
    {
        IEnricher enricher = new DefaultPortEnricher();
        var endpoints = new List<string>(lines);
        slot.Publish(endpoints);
        enricher.Enrich(endpoints); // expect: WEFT0002
    }
}
