using Weft;

namespace Corpus.Immutability.R9.BaseInOtherFile;

[ThreadLocalSlot]
public sealed partial class Quota : QuotaBase
{
    public string Tenant { get; init; } = "";
}
