// Twin: the local function builds a disabled copy.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R8.LocalFunctionResetsRuleQuiet;

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
    public static List<FlagRule> Trip()
    {
        var disabled = new List<FlagRule>();
        foreach (var rule in FlagRules.Current.Rules)
        {
            disabled.Add(Disabled(rule));
        }

        return disabled;

        static FlagRule Disabled(FlagRule r) => new() { Name = r.Name, Enabled = false };
    }
}
