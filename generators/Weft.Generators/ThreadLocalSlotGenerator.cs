using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Weft.Generators.Model;

namespace Weft.Generators;

/// <summary>
/// Generates, for each <c>[ThreadLocalSlot]</c> partial class, its own <c>[ThreadStatic]</c> accessor
/// (<c>Current</c>, <c>TryGetCurrent</c>) and its posting code against <c>Weft.WorkerPool</c>. Shapes it cannot
/// serve produce no output and no diagnostic: the analyzers report those.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ThreadLocalSlotGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<SlotTypeModel> models = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WeftNames.ThreadLocalSlotAttribute,
                predicate: static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                transform: static (context, cancellationToken) => SlotTypeParser.Parse(context, cancellationToken))
            .WithTrackingName(TrackingNames.SlotTypes)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.ServableSlotTypes);

        context.RegisterSourceOutput(models, static (output, model) =>
            output.AddSource(model.HintName, SourceText.From(SlotTypeEmitter.Emit(model), System.Text.Encoding.UTF8)));
    }
}
