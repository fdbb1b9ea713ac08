// WEFT0001: an object member and a CultureInfo member on a metrics-format snapshot (both documented as reported).
using System.Globalization;
using Weft;

namespace Corpus.Immutability.R8.ObjectAndCultureMembers;

[ThreadLocalSlot]
public sealed partial class MetricsFormat
{
    public object Tag { get; init; } = ""; // expect: WEFT0001
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture; // expect: WEFT0001
    public string Prefix { get; init; } = "weft_";
}
