// WEFT0007 across files: the broadcast argument is a member of a settings class declared in this file (a List);
// Apply.cs passes that member to a generated ...OnAllWorkersAsync.
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Corpus.Broadcast.R9.SettingsMemberElsewhere;

public sealed class Settings
{
    public List<string> TrustedProxies { get; init; } = new();

    public ImmutableArray<string> Frozen => TrustedProxies.ToImmutableArray();
}
