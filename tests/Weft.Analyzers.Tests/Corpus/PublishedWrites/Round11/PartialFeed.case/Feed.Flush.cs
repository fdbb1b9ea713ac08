namespace Corpus.R11.PartialFeed;

public sealed partial class Feed
{
    public void Flush() => Target.Publish(Items);
}
