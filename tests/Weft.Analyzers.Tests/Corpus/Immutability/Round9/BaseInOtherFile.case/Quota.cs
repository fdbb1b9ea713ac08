using Weft;

namespace Corpus.Immutability.R9.BaseInOtherFile;

[ThreadLocalSlot]
public sealed partial class Quota : QuotaBase // expect: WEFT0001 "_limit"
{
    public string Tenant { get; init; } = "";
}
