// Quiet twin of MutableBclMembers: the same settings stored at immutable types: strings, a seed, a frozen dictionary,
// ImmutableArray<byte> for byte payloads, an eagerly built ImmutableArray, and plain value types (TimeSpan,
// DateTimeOffset, Guid, an enum).
using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.MutableBclMembersQuiet;

public enum DrainMode
{
    Graceful,
    Immediate,
}

[ThreadLocalSlot]
public sealed partial class EdgeSettings
{
    public string Banner { get; init; } = "";
    public string ListenAddress { get; init; } = "0.0.0.0";
    public int JitterSeed { get; init; }
    public FrozenDictionary<string, string> Labels { get; init; } = FrozenDictionary<string, string>.Empty;
    public ImmutableArray<byte> Preamble { get; init; } = ImmutableArray<byte>.Empty;
    public ImmutableArray<byte> Trailer { get; init; } = ImmutableArray<byte>.Empty;
    public ImmutableArray<string> Aliases { get; init; } = ImmutableArray<string>.Empty;
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(30);
    public DateTimeOffset LoadedAt { get; init; }
    public Guid ConfigId { get; init; }
    public DrainMode Drain { get; init; }
}
