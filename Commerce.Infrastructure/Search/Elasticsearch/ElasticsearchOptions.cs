using System.ComponentModel.DataAnnotations;

namespace Commerce.Infrastructure.Search.Elasticsearch;

/// <summary>Where the Elasticsearch cluster is and how to sign in; bound from <c>Search:Elasticsearch</c>.</summary>
public sealed class ElasticsearchOptions : IValidatableObject
{
    public const string Section = "Search:Elasticsearch";

    /// <summary>The cluster's address, e.g. http://localhost:9200.</summary>
    [Required, Url]
    public string Url { get; set; } = "";

    /// <summary>The alias the store reads and writes; each full reindex builds a new index behind it.</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9_-]{0,200}$", ErrorMessage = "IndexName must be lower-case letters, digits, '-' or '_'.")]
    public string IndexName { get; set; } = "commerce-products";

    public string? ApiKey { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }

    /// <summary>Products per database read and bulk request during a full reindex.</summary>
    [Range(10, 5000)]
    public int BatchSize { get; set; } = 500;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(Username) != string.IsNullOrEmpty(Password))
            yield return new ValidationResult("Set both Username and Password, or neither.", [nameof(Username), nameof(Password)]);
        if (!string.IsNullOrEmpty(ApiKey) && !string.IsNullOrEmpty(Username))
            yield return new ValidationResult("Set ApiKey or Username/Password, not both.", [nameof(ApiKey), nameof(Username)]);
    }
}
