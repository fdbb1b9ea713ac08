using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.OverrideWritesAfterPublish;

public static class Reload
{
    public static void Run(Slot<List<string>> slot, IEnumerable<string> configured)
    {
        Stage stage = new DrainStage("10.0.0.9");
        var hosts = new List<string>(configured);
        slot.Publish(hosts);
        stage.Apply(hosts); // expect: WEFT0002
    }
}
