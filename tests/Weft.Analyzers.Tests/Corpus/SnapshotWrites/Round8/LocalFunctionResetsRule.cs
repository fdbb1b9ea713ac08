// WEFT0003: a local function that writes its parameter, called with a snapshot element.
// Reported at the write in the local function or at the call: #escape.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R8.LocalFunctionResetsRule;

public sealed class FlagRule
{
    public string Name { get; init; } = "";
    public bool Enabled { get; set; }
}

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class FlagRules
{
    public List<FlagRule> Rules { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class KillSwitch
{
    public static void Trip()
    {
        foreach (var rule in FlagRules.Current.Rules)
        {
            Disable(rule); // expect: WEFT0003 #escape
        }

        static void Disable(FlagRule r) => r.Enabled = false; // expect: WEFT0003 #escape
    }
}
