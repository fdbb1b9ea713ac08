// Round 2. The local function that publishes is called once the list is complete.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Flow.Round2.LocalPublish;

public static class Bootstrap
{
    public static void Run(Slot<List<string>> slot, string primary, string secondary)
    {
        var upstreams = new List<string> { primary };
        upstreams.Add(secondary);
        Ship();

        void Ship() => slot.Publish(upstreams);
    }
}
