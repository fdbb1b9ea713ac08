// Twin: the local function publishes a copy.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.LocalFunctionPublishesInLoopQuiet;

public static class ChatHistory
{
    public static void Stream(Slot<List<string>> slot, IEnumerable<string> lines)
    {
        var recent = new List<string>();
        void Commit() => slot.Publish(new List<string>(recent));
        foreach (var line in lines)
        {
            recent.Add(line);
            Commit();
        }
    }
}
