// WEFT0001 across files: the base class, in this file, keeps a writable field; the snapshot type deriving from it is
// in Quota.cs and is reported on its own name (the page: inherited members are reported on the slot type's name).
namespace Corpus.Immutability.R9.BaseInOtherFile;

public class QuotaBase
{
    protected long _limit;

    public long Limit => _limit;
}
