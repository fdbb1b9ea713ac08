using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace Weft.Stats;

/// <summary>A stat's identity: a name and an ordered set of tags. Immutable.</summary>
public sealed class StatName : IEquatable<StatName>
{
    private readonly string _key;

    /// <summary>Creates a name with tags (sorted by key, so tag order does not matter).</summary>
    public StatName(string name, IEnumerable<KeyValuePair<string, string>>? tags = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Tags = (tags ?? []).OrderBy(t => t.Key, StringComparer.Ordinal).ToImmutableArray();
        var key = new StringBuilder(name);
        foreach (KeyValuePair<string, string> tag in Tags)
        {
            key.Append('|').Append(tag.Key).Append('=').Append(tag.Value);
        }

        _key = key.ToString();
    }

    /// <summary>The metric name, e.g. <c>edge.connections_total</c>.</summary>
    public string Name { get; }

    /// <summary>Tags, sorted by key.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Tags { get; }

    /// <summary>A unique string for lookups: name and tags.</summary>
    public string Key => _key;

    /// <inheritdoc />
    public bool Equals(StatName? other) => other is not null && string.Equals(_key, other._key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StatName other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_key);

    /// <inheritdoc />
    public override string ToString() => Tags.IsEmpty ? Name : $"{Name}{{{string.Join(",", Tags.Select(t => $"{t.Key}={t.Value}"))}}}";
}
