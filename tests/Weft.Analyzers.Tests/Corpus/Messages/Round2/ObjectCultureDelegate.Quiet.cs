// Round 2. The tag at its real type, the culture by name, and the delegate member as before.
using System;
using Weft;

namespace Corpus.Messages.Round2.ObjectCulture;

[ThreadLocalSlot]
public sealed partial class Formatting
{
    public string Tag { get; init; } = "";
    public string CultureName { get; init; } = "";
    public Func<string, bool> Accepts { get; init; } = static s => s.Length > 0;
}
