namespace PerfEval.Domain.Disclosure;

/// <summary>
/// What the public site withholds: the keys of <see cref="PublicFields"/> an admin marked as not public. One document
/// for the platform (<see cref="SingleId"/>); before an admin saves one, every field of the catalogue is public.
/// </summary>
public sealed record PublicSettings
{
    public const string SingleId = "public-settings";

    public string Id { get; init; } = SingleId;

    public IReadOnlyList<string> HiddenFields { get; init; } = [];

    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The admin's name, as the token gave it.</summary>
    public string? UpdatedBy { get; init; }

    public static PublicSettings Default { get; } = new();

    public bool Hides(string key) => HiddenFields.Contains(key);
}
