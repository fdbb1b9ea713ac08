// WEFT0002: the publish is inside a local function called at the bottom of a loop; the Add above it runs again
// after the previous iteration's publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.LocalFunctionPublishesInLoop;

public static class ChatHistory
{
    public static void Stream(Slot<List<string>> slot, IEnumerable<string> lines)
    {
        var recent = new List<string>();
        void Commit() => slot.Publish(recent);
        foreach (var line in lines)
        {
            recent.Add(line); // expect: WEFT0002
            Commit();
        }
    }
}
