// A local function appends to the list the outer method published; it is called after the publish. Reading taken:
// the report may be at the call or at the write inside the local function (#escape).
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.LocalFunctionAfterPublish;

public static class Hosts
{
    public static void Publish(Slot<List<string>> slot)
    {
        var hosts = new List<string> { "a" };
        slot.Publish(hosts);
        AddBackup(); // expect: WEFT0002 #escape

        void AddBackup() => hosts.Add("backup"); // expect: WEFT0002 #escape
    }
}
