// Feature flags: a worker overlays request-scoped overrides (from a header) onto the published defaults before
// evaluating. Defect: a generic merge helper written for IDictionary<string, T> writes into its first argument,
// and the worker passes the snapshot's own dictionary as that target (WEFT0003 at the call; WEFT0001 on the
// mutable member; reading taken: the call of a user method that writes its argument is the write).
using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using Weft;

namespace Corpus6b.FlagOverlayGenericHelper;

[ThreadLocalSlot]
public sealed partial class FlagDefaults
{
    public Dictionary<string, bool> Flags { get; init; } = new(StringComparer.Ordinal); // expect: WEFT0001
}

public static class DictionaryMerge
{
    public static IDictionary<string, T> Overlay<T>(IDictionary<string, T> target, IEnumerable<KeyValuePair<string, T>> overrides)
    {
        foreach (var (key, value) in overrides) target[key] = value;
        return target;
    }
}

public static class FlagEvaluator
{
    public static bool IsOn(string flag, string? overrideHeader)
    {
        var overrides = new List<KeyValuePair<string, bool>>();
        foreach (string part in (overrideHeader ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            overrides.Add(KeyValuePair.Create(part.TrimStart('!'), !part.StartsWith('!')));
        }
        IDictionary<string, bool> effective = overrides.Count == 0
            ? FlagDefaults.Current.Flags
            : DictionaryMerge.Overlay(FlagDefaults.Current.Flags, overrides); // expect: WEFT0003
        return effective.TryGetValue(flag, out bool on) && on;
    }
}
