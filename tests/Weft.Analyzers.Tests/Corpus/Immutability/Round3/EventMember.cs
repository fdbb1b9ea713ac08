// Round 3. A field-like event on a snapshot: subscribing from any worker writes the shared delegate field.
using System;
using Weft;

namespace Corpus.Immutability.Round3.EventMember;

[ThreadLocalSlot]
public sealed partial class FeatureFlags
{
    public bool Tracing { get; init; }

    public event Action<string>? Toggled; // expect: WEFT0001 "Toggled"

    public void Raise(string name) => Toggled?.Invoke(name);
}
