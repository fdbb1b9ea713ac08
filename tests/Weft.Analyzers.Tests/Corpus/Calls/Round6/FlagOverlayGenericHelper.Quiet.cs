// Quiet twin of FlagOverlayGenericHelper: the helper merges into a new dictionary seeded from the snapshot.
using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using Weft;

namespace Corpus6b.FlagOverlayGenericHelper;

[ThreadLocalSlot]
public sealed partial class FlagDefaults
{
    public FrozenDictionary<string, bool> Flags { get; init; } = FrozenDictionary<string, bool>.Empty;
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
            ? new Dictionary<string, bool>(FlagDefaults.Current.Flags, StringComparer.Ordinal)
            : DictionaryMerge.Overlay(new Dictionary<string, bool>(FlagDefaults.Current.Flags, StringComparer.Ordinal), overrides);
        return effective.TryGetValue(flag, out bool on) && on;
    }
}
