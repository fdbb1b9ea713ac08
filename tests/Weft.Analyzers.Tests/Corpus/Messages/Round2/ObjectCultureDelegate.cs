// Round 2. Per the page: `object` and CultureInfo members are reported (named in the message), a delegate member is not.
using System;
using System.Globalization;
using Weft;

namespace Corpus.Messages.Round2.ObjectCulture;

[ThreadLocalSlot]
public sealed partial class Formatting
{
    public object Tag { get; init; } = ""; // expect: WEFT0001 "property 'Tag'" "'object'"
    public readonly CultureInfo Culture = CultureInfo.InvariantCulture; // expect: WEFT0001 "field 'Culture'" "CultureInfo"
    public Func<string, bool> Accepts { get; init; } = static s => s.Length > 0;
}
