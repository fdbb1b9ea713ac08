// Quiet twin: the local function finishes the list before the publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.LocalFunctionAfterPublishQuiet;

public static class Hosts
{
    public static void Publish(Slot<List<string>> slot)
    {
        var hosts = new List<string> { "a" };
        AddBackup();
        slot.Publish(hosts);

        void AddBackup() => hosts.Add("backup");
    }
}
