// Round 3. A delegate fixed at construction (init-only) instead of an event: delegates are accepted.
using System;
using Weft;

namespace Corpus.Immutability.Round3.EventMember;

[ThreadLocalSlot]
public sealed partial class FeatureFlags
{
    public bool Tracing { get; init; }

    public Action<string>? Toggled { get; init; }

    public void Raise(string name) => Toggled?.Invoke(name);
}
