namespace Corpus.R12.PartialIndexerWrapper;

public sealed partial class Bucket
{
    public partial string this[int index]
    {
        get => _names[index];
        set => _names[index] = value;
    }
}
