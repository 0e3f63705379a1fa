-- A decision handed to attest is a stored decision: beslut_id names a row of beslut (the
-- decision model hands it over in the decision's own transaction). Already UNIQUE: one attest
-- path per decision.
ALTER TABLE attestbeslut ADD CONSTRAINT attestbeslut_beslut_fk FOREIGN KEY (beslut_id) REFERENCES beslut (id);
